// drain(..2) moving items out into another Vec, extend and extend_from_slice, with capacities.
fn main() {
    let mut a = vec![String::from("x"), String::from("y"), String::from("z")];
    let moved: Vec<String> = a.drain(..2).collect();
    println!("{:?} {:?}", moved, a);
    let mut nums = vec![1, 2];
    nums.extend(vec![3, 4]);
    nums.extend_from_slice(&[5, 6]);
    println!("{:?} {} {}", nums, nums.len(), nums.capacity());
}
// expect: ["x", "y"] ["z"]
// expect: [1, 2, 3, 4, 5, 6] 6 8
