// Collecting unannotated parses into `Vec<_>`: the written type is no place for an annotation, so E0284 is at `parse`.
fn main() {
    let nums: Vec<_> = "1,2,3".split(',').map(|s| s.parse().unwrap()).collect();
    println!("{:?}", nums);
}
// error: E0284 at 3:53
