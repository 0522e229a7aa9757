// for over iter (borrow), iter_mut (change in place) and into_iter (consume) of a Vec of names.
fn main() {
    let names = vec!["Bob", "Frank", "Ferris"];
    for name in names.iter() {
        match name {
            &"Ferris" => println!("There is a rustacean among us!"),
            _ => println!("Hello {}", name),
        }
    }
    println!("names: {:?}", names);
    let mut names2 = vec!["Bob", "Frank", "Ferris"];
    for name in names2.iter_mut() {
        *name = match name {
            &mut "Ferris" => "There is a rustacean among us!",
            _ => "Hello",
        }
    }
    println!("names: {:?}", names2);
    for name in names.into_iter() {
        match name {
            "Ferris" => println!("rustacean"),
            _ => println!("Hi {}", name),
        }
    }
}
// expect: Hello Bob
// expect: Hello Frank
// expect: There is a rustacean among us!
// expect: names: ["Bob", "Frank", "Ferris"]
// expect: names: ["Hello", "Hello", "There is a rustacean among us!"]
// expect: Hi Bob
// expect: Hi Frank
// expect: rustacean
