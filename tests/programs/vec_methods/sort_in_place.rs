// `sort` orders the elements in place.
fn main() {
    let mut v = vec![5, 3, 9, 1];
    v.sort();
    println!("{:?}", v);
    let mut words = vec!["pear", "apple", "fig"];
    words.sort();
    println!("{:?}", words);
}
// expect: [1, 3, 5, 9]
// expect: ["apple", "fig", "pear"]
