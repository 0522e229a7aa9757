// Destructuring tuples in match: a fixed first element, `..` for the rest, and bindings.
fn main() {
    let triples = [(0, -2, 3), (1, 5, 7), (4, 3, 2), (2, 0, 9)];
    for triple in triples {
        match triple {
            (0, y, z) => println!("First is `0`, `y` is {:?}, and `z` is {:?}", y, z),
            (1, ..) => println!("First is `1` and the rest doesn't matter"),
            (.., 2) => println!("last is `2` and the rest doesn't matter"),
            _ => println!("It doesn't matter what they are"),
        }
    }
}
// expect: First is `0`, `y` is -2, and `z` is 3
// expect: First is `1` and the rest doesn't matter
// expect: last is `2` and the rest doesn't matter
// expect: It doesn't matter what they are
