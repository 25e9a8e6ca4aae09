from sqlalchemy import text


def test_server_answers(pg_engine):
    with pg_engine.connect() as conn:
        assert conn.execute(text("select 1")).scalar() == 1
