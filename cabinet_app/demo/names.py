"""Data of the demo cabinet: French first names by generation, surnames common in the Vendée,
communes around Nieul-le-Dolent with their real postal and INSEE codes, birth places.

Everything here is invented people in real places. Phone numbers are drawn from the ranges the
ARCEP reserves for works of fiction, so no demo number rings anyone.

*Code INSEE* (official geographic code, 5 characters) differs from the postal code: Nieul-le-Dolent
is INSEE 85161, postal code 85430. Characters 6–10 of a NIR are the INSEE code of the birth
commune (``99`` + a country code for people born abroad; ``2A``/``2B`` for Corsica since 1976,
``20`` before).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Commune:
    name: str
    postal_code: str
    insee: str
    weight: int  # share of the patients living there


# Where the patients live: Nieul-le-Dolent, its neighbours, and the towns of the Vendée.
RESIDENCES: tuple[Commune, ...] = (
    Commune("Nieul-le-Dolent", "85430", "85161", 34),
    Commune("La Boissière-des-Landes", "85430", "85026", 8),
    Commune("Aubigny-Les Clouzeaux", "85430", "85008", 9),
    Commune("Sainte-Flaive-des-Loups", "85150", "85211", 12),
    Commune("Le Girouard", "85150", "85099", 5),
    Commune("Les Achards", "85150", "85152", 7),
    Commune("Saint-Georges-de-Pointindoux", "85150", "85218", 3),
    Commune("Martinet", "85150", "85138", 2),
    Commune("Saint-Julien-des-Landes", "85150", "85236", 2),
    Commune("Beaulieu-sous-la-Roche", "85190", "85016", 3),
    Commune("Venansault", "85190", "85300", 3),
    Commune("La Roche-sur-Yon", "85000", "85191", 8),
    Commune("Les Sables-d'Olonne", "85100", "85194", 2),
    Commune("Luçon", "85400", "85128", 1),
    Commune("Challans", "85300", "85047", 1),
)


@dataclass(frozen=True)
class BirthPlace:
    label: str
    insee: str
    weight: int


# Where the patients were born: mostly the Vendée, then the neighbouring departments, Paris,
# Corsica, overseas, and abroad (``99`` + INSEE country code).
BIRTH_PLACES: tuple[BirthPlace, ...] = (
    *(BirthPlace(c.name, c.insee, c.weight) for c in RESIDENCES),
    BirthPlace("La Roche-sur-Yon", "85191", 40),
    BirthPlace("Les Sables-d'Olonne", "85194", 8),
    BirthPlace("Fontenay-le-Comte", "85092", 4),
    BirthPlace("Nantes", "44109", 14),
    BirthPlace("Angers", "49007", 3),
    BirthPlace("Cholet", "49099", 3),
    BirthPlace("Niort", "79191", 3),
    BirthPlace("La Rochelle", "17300", 3),
    BirthPlace("Poitiers", "86194", 2),
    BirthPlace("Rennes", "35238", 2),
    BirthPlace("Tours", "37261", 1),
    BirthPlace("Paris 14e", "75114", 5),
    BirthPlace("Lyon 3e", "69383", 1),
    BirthPlace("Bordeaux", "33063", 1),
    BirthPlace("Ajaccio", "2A004", 1),
    BirthPlace("Bastia", "2B033", 1),
    BirthPlace("Saint-Denis (La Réunion)", "97411", 1),
    BirthPlace("Maroc", "99350", 2),
    BirthPlace("Algérie", "99352", 1),
    BirthPlace("Portugal", "99139", 2),
    BirthPlace("Royaume-Uni", "99132", 1),
    BirthPlace("Allemagne", "99109", 1),
)

# First names by generation (birth year up to the key), so that a grandmother is not called
# Jade. Several are compound (Jean-Pierre) or carry accents (Hélène, Maël, Zoé).
FEMALE_FIRST_NAMES: dict[int, tuple[str, ...]] = {
    1945: ("Marie", "Jeanne", "Marguerite", "Germaine", "Madeleine", "Yvonne", "Suzanne",
           "Thérèse", "Denise", "Simone", "Odette", "Renée", "Geneviève", "Andrée", "Paulette",
           "Lucienne", "Marie-Thérèse", "Gisèle", "Raymonde", "Hélène"),
    1965: ("Monique", "Françoise", "Danielle", "Nicole", "Michèle", "Christiane", "Jacqueline",
           "Annie", "Chantal", "Martine", "Brigitte", "Sylvie", "Marie-Claude", "Évelyne",
           "Josiane", "Colette", "Arlette", "Marie-France", "Dominique", "Hélène"),
    1985: ("Nathalie", "Isabelle", "Catherine", "Véronique", "Valérie", "Sandrine", "Christelle",
           "Stéphanie", "Céline", "Laurence", "Karine", "Anne-Sophie", "Corinne", "Séverine",
           "Émilie", "Aurélie", "Virginie", "Marie-Laure", "Nadège", "Frédérique"),
    2005: ("Julie", "Camille", "Élodie", "Marine", "Pauline", "Laura", "Mélanie", "Anaïs",
           "Manon", "Clémence", "Océane", "Mégane", "Charlotte", "Justine", "Noémie", "Chloé",
           "Marion", "Léa", "Sarah", "Amélie"),
    2100: ("Emma", "Jade", "Louise", "Alice", "Lina", "Chloé", "Léa", "Rose", "Anna", "Mia",
           "Inès", "Zoé", "Ambre", "Léna", "Juliette", "Maëlys", "Lou", "Agathe", "Romane",
           "Capucine"),
}

MALE_FIRST_NAMES: dict[int, tuple[str, ...]] = {
    1945: ("Jean", "Pierre", "André", "René", "Marcel", "Louis", "Joseph", "Henri", "Georges",
           "Roger", "Maurice", "Robert", "Raymond", "Lucien", "Fernand", "Émile", "Gaston",
           "Albert", "Jean-Marie", "Léon"),
    1965: ("Michel", "Alain", "Gérard", "Bernard", "Jacques", "Daniel", "Claude", "Patrick",
           "Jean-Pierre", "Jean-Claude", "Christian", "Serge", "Guy", "Yves", "Gilbert",
           "Jean-Luc", "Dominique", "Hervé", "Joël", "Noël"),
    1985: ("Philippe", "Thierry", "Pascal", "Éric", "Laurent", "Stéphane", "Frédéric",
           "Olivier", "David", "Christophe", "Sébastien", "Jérôme", "Franck", "Didier",
           "Fabrice", "Cédric", "Jean-François", "Ludovic", "Grégory", "Loïc"),
    2005: ("Nicolas", "Julien", "Thomas", "Maxime", "Alexandre", "Kévin", "Guillaume",
           "Romain", "Anthony", "Quentin", "Benjamin", "Florian", "Jérémy", "Mathieu", "Clément",
           "Adrien", "Valentin", "Théo", "Jean-Baptiste", "Hugo"),
    2100: ("Gabriel", "Léo", "Raphaël", "Louis", "Arthur", "Jules", "Maël", "Noah", "Adam",
           "Lucas", "Hugo", "Paul", "Gabin", "Sacha", "Nathan", "Tom", "Timéo", "Éthan",
           "Aaron", "Noé"),
}

# Surnames: the Vendée's (Merceron, Rautureau, Boudaud…), France's most common, some with
# accents, particles or two parts.
SURNAMES: tuple[str, ...] = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
    "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
    "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
    "Muller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
    "Chevalier", "François", "Legrand", "Gauthier", "Perrin", "Robin", "Clément", "Morin",
    "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis",
    "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard",
    "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez",
    "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard",
    "Merceron", "Rautureau", "Boudaud", "Bouron", "Chaigneau", "Boutet", "Billaud", "Charrier",
    "Foucher", "Tessier", "Bonneau", "Baudry", "Barreteau", "Rambaud", "Mornet", "Bourasseau",
    "Grellier", "Pavageau", "Gaborit", "Rabillé", "Chauvet", "Renaudin", "Jaunet", "Praud",
    "Guilbaud", "Bénéteau", "Ménard", "Héraud", "Épaud", "Gréau", "Chéné", "Audureau",
    "Cougnaud", "Trichet", "Rousseleau", "Sorin", "Potier", "Loiseau", "Gendreau", "Naud",
    "Guillet", "Bouhier", "Graton", "Royer", "Vrignaud", "Gilbert", "Martineau", "Rabaud",
    "Le Goff", "Le Gall", "Le Bris", "De Lattre", "D'Aubigné", "Saint-Cyr", "Martin-Guérin",
    "Dupont-Moreau", "Texier-Rabaud", "Des Nouhes", "Ferreira", "Da Silva", "Benali", "Haddad",
)

STREETS: tuple[str, ...] = (
    "rue de la Mairie", "rue des Écoles", "place de l'Église", "rue du Stade", "impasse des Lilas",
    "chemin de la Garenne", "route des Sables", "rue Georges Clemenceau", "allée des Tilleuls",
    "rue du Moulin", "rue de la Poste", "rue des Acacias", "rue du Bocage", "rue de l'Yon",
    "rue des Vignes", "route de La Roche", "rue des Peupliers", "rue du Lavoir",
    "impasse des Mésanges", "rue Jean Jaurès", "rue du Docteur Boutin", "rue des Châtaigniers",
)

HAMLETS: tuple[str, ...] = (
    "La Guérinière", "La Brunière", "Le Bois Joly", "La Métairie", "La Chênaie", "Le Plessis",
    "La Bretinière", "Les Landes", "La Grande Maison", "Le Pont Neuf",
)

# ARCEP's numbers for fiction (mobile 06 39 98, geographic West 02 61 91).
PHONE_PREFIXES: tuple[str, ...] = ("06 39 98", "06 39 98", "02 61 91")
