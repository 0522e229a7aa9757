// `str::parse::<i32>` takes &str: mapping a Vec<String>'s iter() (items &String) through it is E0631, where a closure would deref.
fn main() {
    let words = vec![String::from("1"), String::from("2")];
    let nums: Vec<i32> = words.iter().map(str::parse::<i32>).map(Result::unwrap).collect();
    println!("{:?}", nums);
}
// error: E0631 at 4:43
