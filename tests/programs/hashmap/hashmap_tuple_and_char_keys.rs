// Tuples and chars hash as std hashes them; lookups by an equal tuple find the entry.
use std::collections::HashMap;

fn main() {
    let mut grid: HashMap<(i32, i32), char> = HashMap::new();
    grid.insert((0, 0), 'a');
    grid.insert((-1, 3), 'b');
    let mut letters: HashMap<char, usize> = HashMap::new();
    for c in "banana".chars() {
        *letters.entry(c).or_insert(0) += 1;
    }
    println!("{:?} {:?} {}", grid.get(&(-1, 3)), grid.get(&(3, -1)), letters[&'a']);
}
// expect: Some('b') None 3
