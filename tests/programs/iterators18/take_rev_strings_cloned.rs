// `rev` after `take` over cloned Strings: the items passed from the back are cloned and dropped (std's default nth_back), then the kept ones cloned in reverse.
fn main() {
    let words = vec![String::from("one"), String::from("two"), String::from("three"), String::from("four")];
    let back: Vec<String> = words.iter().cloned().take(2).rev().collect();
    println!("{:?}", back);
}
// expect: ["two", "one"]
