// `String::new() + &name` makes a String that holds no borrow: the `&name` ends with the `+`, so `name` may be moved later in the same call's argument (a false E0505 before).
use std::collections::BTreeMap;

fn main() {
    let name = String::from("ada");
    let m = BTreeMap::from([(1, String::from("hi ") + &name), (2, name)]);
    println!("{:?}", m);
    let label = String::from("x");
    let pair = Some([label.clone() + &label, label]);
    println!("{:?}", pair);
}
// expect: {1: "hi ada", 2: "ada"}
// expect: Some(["xx", "x"])
