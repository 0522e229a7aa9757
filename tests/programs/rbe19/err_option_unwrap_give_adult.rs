// Handling Option with match and with unwrap: None unwrapped panics with std's message.
fn give_adult(drink: Option<&str>) {
    match drink {
        Some("lemonade") => println!("Yuck! Too sugary."),
        Some(inner) => println!("{}? How nice.", inner),
        None => println!("No drink? Oh well."),
    }
}

fn drink(drink: Option<&str>) {
    let inside = drink.unwrap();
    if inside == "lemonade" {
        panic!("AAAaaaaa!!!!");
    }
    println!("I love {}s!!!!!", inside);
}

fn main() {
    let water = Some("water");
    let lemonade = Some("lemonade");
    let void = None;
    give_adult(water);
    give_adult(lemonade);
    give_adult(void);
    let coffee = Some("coffee");
    let nothing = None;
    drink(coffee);
    drink(nothing);
}
// expect: water? How nice.
// expect: Yuck! Too sugary.
// expect: No drink? Oh well.
// expect: I love coffees!!!!!
// panic: called `Option::unwrap()` on a `None` value
// panic-at: 11:24
