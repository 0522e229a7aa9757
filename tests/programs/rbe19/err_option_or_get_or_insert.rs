// Unpacking Options with defaults: or, or_else, get_or_insert and get_or_insert_with.
#[derive(Debug)]
enum Fruit {
    Apple,
    Orange,
    Banana,
    Kiwi,
    Lemon,
}

fn main() {
    let apple = Some(Fruit::Apple);
    let orange = Some(Fruit::Orange);
    let no_fruit: Option<Fruit> = None;
    let first_available_fruit = no_fruit.or(orange).or(apple);
    println!("first_available_fruit: {:?}", first_available_fruit);
    let no_fruit: Option<Fruit> = None;
    let get_kiwi_as_fallback = || {
        println!("Providing kiwi as fallback");
        Some(Fruit::Kiwi)
    };
    let get_lemon_as_fallback = || {
        println!("Providing lemon as fallback");
        Some(Fruit::Lemon)
    };
    let first_available_fruit = no_fruit.or_else(get_kiwi_as_fallback).or_else(get_lemon_as_fallback);
    println!("first_available_fruit: {:?}", first_available_fruit);
    let mut my_fruit: Option<Fruit> = None;
    let first_available_fruit = my_fruit.get_or_insert(Fruit::Banana);
    println!("first_available_fruit is: {:?}", first_available_fruit);
    println!("my_fruit is: {:?}", my_fruit);
    let mut my_apple = Some(Fruit::Apple);
    let should_be_apple = my_apple.get_or_insert_with(|| Fruit::Lemon);
    println!("should_be_apple is: {:?}", should_be_apple);
}
// expect: first_available_fruit: Some(Orange)
// expect: Providing kiwi as fallback
// expect: first_available_fruit: Some(Kiwi)
// expect: first_available_fruit is: Banana
// expect: my_fruit is: Some(Banana)
// expect: should_be_apple is: Apple
