// retain with a closure capturing a limit, and counting removed items through a &mut capture.
fn main() {
    let limit = 10;
    let mut nums = vec![4, 12, 7, 30, 10, 1, 11];
    let mut removed = Vec::new();
    nums.retain(|&n| {
        let keep = n <= limit;
        if !keep {
            removed.push(n);
        }
        keep
    });
    println!("kept {:?}, removed {:?}", nums, removed);
    let mut words = vec!["apple", "avocado", "banana", "blueberry", "cherry"];
    let banned = 'b';
    words.retain(|w| !w.starts_with(banned));
    println!("{:?}", words);
    let mut dup = vec![1, 1, 2, 2, 2, 3, 1];
    dup.dedup();
    println!("{:?}", dup);
}
// expect: kept [4, 7, 10, 1], removed [12, 30, 11]
// expect: ["apple", "avocado", "cherry"]
// expect: [1, 2, 3, 1]
