// Pushing parsed numbers into a Vec not declared mut is rejected (E0596).
fn main() {
    let nums = Vec::new();
    for s in "1 2 3".split(' ') {
        nums.push(s.parse::<i32>().unwrap());
    }
    println!("{:?}", nums);
}
// error: E0596 at 5:9
