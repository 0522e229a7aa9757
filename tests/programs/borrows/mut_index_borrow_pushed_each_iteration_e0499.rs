// `&mut nums[0]` pushed into a Vec on each iteration: the previous iteration's `&mut` is still in the Vec (E0499, at `nums`).
fn main() {
    let mut nums = vec![1, 2, 3];
    let mut firsts: Vec<&mut i32> = Vec::new();
    for _ in 0..2 {
        firsts.push(&mut nums[0]);
    }
    println!("{}", firsts.len());
}
// error: E0499 at 6:26
