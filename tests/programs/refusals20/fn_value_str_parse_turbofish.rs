// `str::parse::<i32>` named as a value: map parses each piece as `|s| s.parse::<i32>()` would, and `Result::unwrap` unwraps them.
fn main() {
    let line = "4 8 15 16";
    let nums: Vec<i32> = line.split(' ').map(str::parse::<i32>).map(Result::unwrap).collect();
    println!("{:?}", nums);
    let sum: i32 = nums.iter().sum();
    println!("{}", sum);
}
// expect: [4, 8, 15, 16]
// expect: 43
