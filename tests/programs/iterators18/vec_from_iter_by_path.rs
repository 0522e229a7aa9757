// Vec::from_iter by its path collects as collect does: a range, a map over a borrowed Vec, and a Vec moved in (collected in place).
fn main() {
    let nums = Vec::from_iter(1..=5);
    let doubled = Vec::from_iter(nums.iter().map(|n| n * 2));
    let names = vec![String::from("ann"), String::from("bo")];
    let moved = Vec::from_iter(names);
    println!("{:?} {:?} {:?}", nums, doubled, moved);
    println!("{}", moved.capacity());
}
// expect: [1, 2, 3, 4, 5] [2, 4, 6, 8, 10] ["ann", "bo"]
// expect: 2
