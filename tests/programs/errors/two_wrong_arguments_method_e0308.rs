// A learner's grid count: `m.insert(c, r)` with c a `&char` and r a `usize` where the map wants `(char, i32)`: two wrong arguments, rustc's E0308 "arguments to this method are incorrect" at `insert`.
use std::collections::HashMap;

fn main() {
    let grid: Vec<Vec<char>> = vec![vec!['a', 'b'], vec!['c']];
    let mut m: HashMap<char, i32> = HashMap::new();
    for (r, row) in grid.iter().enumerate() {
        for c in row {
            m.insert(c, r);
        }
    }
    println!("{}", m.len());
}
// error: E0308 at 9:15
