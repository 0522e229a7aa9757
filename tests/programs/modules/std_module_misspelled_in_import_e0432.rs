// A misspelled std module in an import (`std::colections`) is rustc's E0432 at that segment, not "not supported yet".
use std::colections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert("Blue", 10);
    println!("{:?}", scores.get("Blue"));
}
// error: E0432 at 2:10
