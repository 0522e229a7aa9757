// `[0; 5]` builds an array of five zeros, all on the stack.
fn main() {
    let zeros = [0; 5];
    let mut grid = [[0u8; 3]; 2];
    grid[1][2] = 7;
    println!("{:?}", zeros);
    println!("{:?}", grid);
}
// expect: [0, 0, 0, 0, 0]
// expect: [[0, 0, 0], [0, 0, 7]]
