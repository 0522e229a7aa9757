// HashMap::extend with another HashMap (its into_iter) is named as not supported, never a misleading error.
use std::collections::HashMap;
fn main() {
    let mut a: HashMap<String, i32> = HashMap::new();
    let b = HashMap::from([(String::from("x"), 1)]);
    a.extend(b);
    println!("{}", a.len());
}
// expect: 1
// unsupported: to `extend`
