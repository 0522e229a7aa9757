// HashMap::from an array reserves room for all of it first, then inserts each pair.
use std::collections::HashMap;

fn main() {
    let planets = HashMap::from([("Mercury", 0.4), ("Venus", 0.7), ("Earth", 1.0), ("Mars", 1.5)]);
    println!("{} {}", planets.len(), planets.capacity());
    println!("{}", planets["Mars"]);
}
// expect: 4 7
// expect: 1.5
