// Exercism-style: allergies from a score's bits, an enum list filtered by `score & (1 << i)`.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum Allergen {
    Eggs,
    Peanuts,
    Shellfish,
    Strawberries,
    Tomatoes,
    Chocolate,
    Pollen,
    Cats,
}

const ALL: [Allergen; 8] = [
    Allergen::Eggs,
    Allergen::Peanuts,
    Allergen::Shellfish,
    Allergen::Strawberries,
    Allergen::Tomatoes,
    Allergen::Chocolate,
    Allergen::Pollen,
    Allergen::Cats,
];

struct Allergies {
    score: u32,
}

impl Allergies {
    fn new(score: u32) -> Self {
        Allergies { score }
    }

    fn is_allergic_to(&self, allergen: &Allergen) -> bool {
        let i = ALL.iter().position(|a| a == allergen).unwrap();
        self.score & (1 << i) != 0
    }

    fn allergies(&self) -> Vec<Allergen> {
        ALL.iter().filter(|a| self.is_allergic_to(a)).cloned().collect()
    }
}

fn main() {
    println!("{}", Allergies::new(0).is_allergic_to(&Allergen::Peanuts));
    println!("{}", Allergies::new(3).is_allergic_to(&Allergen::Peanuts));
    println!("{:?}", Allergies::new(5).allergies());
    println!("{:?}", Allergies::new(248).allergies());
    println!("{:?}", Allergies::new(509).allergies());
}
// expect: false
// expect: true
// expect: [Eggs, Shellfish]
// expect: [Strawberries, Tomatoes, Chocolate, Pollen, Cats]
// expect: [Eggs, Shellfish, Strawberries, Tomatoes, Chocolate, Pollen, Cats]
