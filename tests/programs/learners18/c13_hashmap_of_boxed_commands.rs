// A BTreeMap<&str, Box<dyn Fn(i32) -> i32>> of commands applied in order to a value.
use std::collections::BTreeMap;

fn main() {
    let mut ops: BTreeMap<&str, Box<dyn Fn(i32) -> i32>> = BTreeMap::new();
    let step = 3;
    ops.insert("add", Box::new(move |x| x + step));
    ops.insert("double", Box::new(|x| x * 2));
    ops.insert("neg", Box::new(|x: i32| -x));
    let mut v = 5;
    for (name, f) in &ops {
        v = f(v);
        println!("{name} -> {v}");
    }
    if let Some(f) = ops.get("double") {
        println!("{}", f(21));
    }
}
// expect: add -> 8
// expect: double -> 16
// expect: neg -> -16
// expect: 42
