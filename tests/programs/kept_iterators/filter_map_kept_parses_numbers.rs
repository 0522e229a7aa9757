// A kept `filter_map` parses the words that are numbers and skips the rest; `{:?}` prints std's `FilterMap { iter: .. }`.
fn main() {
    let words = vec!["3", "x", "14", "y", "15"];
    let mut nums = words.iter().filter_map(|w| w.parse::<i32>().ok());
    println!("{:?}", nums.next());
    println!("{:?}", nums);
    println!("{:?}", nums.next());
    let rest: Vec<i32> = nums.collect();
    println!("{:?}", rest);
}
// expect: Some(3)
// expect: FilterMap { iter: Iter(["x", "14", "y", "15"]) }
// expect: Some(14)
// expect: [15]
