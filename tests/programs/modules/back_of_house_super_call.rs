// A nested module's private function calls its parent's function through `super::`, and a public struct keeps a private field.
fn deliver_order() {
    println!("order delivered");
}

mod back_of_house {
    pub struct Breakfast {
        pub toast: String,
        seasonal_fruit: String,
    }

    impl Breakfast {
        pub fn summer(toast: &str) -> Breakfast {
            Breakfast {
                toast: String::from(toast),
                seasonal_fruit: String::from("peaches"),
            }
        }

        pub fn fruit(&self) -> &str {
            &self.seasonal_fruit
        }
    }

    pub enum Appetizer {
        Soup,
        Salad,
    }

    pub fn fix_incorrect_order() {
        cook_order();
        super::deliver_order();
    }

    fn cook_order() {
        println!("order cooked");
    }
}

fn main() {
    let mut meal = back_of_house::Breakfast::summer("Rye");
    meal.toast = String::from("Wheat");
    println!("I'd like {} toast please, with {}", meal.toast, meal.fruit());
    let orders = [back_of_house::Appetizer::Soup, back_of_house::Appetizer::Salad];
    for o in orders {
        match o {
            back_of_house::Appetizer::Soup => println!("soup"),
            back_of_house::Appetizer::Salad => println!("salad"),
        }
    }
    back_of_house::fix_incorrect_order();
}
// expect: I'd like Wheat toast please, with peaches
// expect: soup
// expect: salad
// expect: order cooked
// expect: order delivered
