// HashMap takes at least two generic arguments (its hasher and allocator have defaults), so `HashMap<String>` is E0107 counting them as rustc does.
use std::collections::HashMap;
fn main() {
    let mut ages: HashMap<String> = HashMap::new();
    ages.insert(String::from("amy"), 31);
    println!("{}", ages.len());
}
// error: E0107 at 4:19
