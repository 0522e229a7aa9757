// The left neighbour of column 0 computed as c - 1 on a usize underflows at run time ("attempt to subtract with overflow").
fn left_of(row: &[char], c: usize) -> char {
    row[c - 1]
}

fn main() {
    let row: Vec<char> = ".#.".chars().collect();
    println!("{}", left_of(&row, 2));
    println!("{}", left_of(&row, 0));
}
// expect: #
// panic: attempt to subtract with overflow
// panic-at: 3:9
