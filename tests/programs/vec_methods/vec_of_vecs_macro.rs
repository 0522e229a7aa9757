// `vec![vec![0; 2]; 3]` clones the inner Vec for each row.
fn main() {
    let mut m = vec![vec![0; 2]; 3];
    m[0][1] = 5;
    println!("{:?}", m);
}
// expect: [[0, 5], [0, 0], [0, 0]]
