// `v.resize(n, value)` reserves room once, clones value for all but the last new slot and moves value into the last.
fn main() {
    let mut names = vec![String::from("ann")];
    names.resize(4, String::from("?"));
    println!("{:?} {} {}", names, names.len(), names.capacity());
    let mut grid: Vec<Vec<u8>> = Vec::new();
    grid.resize(3, vec![0; 2]);
    grid[1][0] = 7;
    println!("{:?}", grid);
}
// expect: ["ann", "?", "?", "?"] 4 4
// expect: [[0, 0], [7, 0], [0, 0]]
