// Allergies (Exercism): an enum with explicit discriminants cast to u32 and tested as bit flags, the list filtered from a const array.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Allergen {
    Eggs = 1,
    Peanuts = 2,
    Shellfish = 4,
    Strawberries = 8,
    Tomatoes = 16,
    Chocolate = 32,
    Pollen = 64,
    Cats = 128,
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
    fn is_allergic_to(&self, a: &Allergen) -> bool {
        self.score & (*a as u32) != 0
    }
    fn allergies(&self) -> Vec<Allergen> {
        ALL.iter().filter(|a| self.is_allergic_to(a)).copied().collect()
    }
}

fn main() {
    for score in [0, 1, 5, 34, 255, 257] {
        let a = Allergies::new(score);
        println!("{} -> {:?} peanuts={}", score, a.allergies(), a.is_allergic_to(&Allergen::Peanuts));
    }
}
// expect: 0 -> [] peanuts=false
// expect: 1 -> [Eggs] peanuts=false
// expect: 5 -> [Eggs, Shellfish] peanuts=false
// expect: 34 -> [Peanuts, Chocolate] peanuts=true
// expect: 255 -> [Eggs, Peanuts, Shellfish, Strawberries, Tomatoes, Chocolate, Pollen, Cats] peanuts=true
// expect: 257 -> [Eggs] peanuts=false
