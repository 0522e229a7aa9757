// Cycle clones the iterator as it is when cycle is called: after a skip, each round starts from the skipped position again.
fn main() {
    let v = [1, 2, 3, 4];
    let c: Vec<i32> = v.iter().skip(2).copied().cycle().take(5).collect();
    println!("{:?}", c);
    let pos = v.iter().cycle().position(|&x| x == 3);
    println!("{:?}", pos);
}
// expect: [3, 4, 3, 4, 3]
// expect: Some(2)
