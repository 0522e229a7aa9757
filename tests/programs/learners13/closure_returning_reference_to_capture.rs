// A closure returning a reference into a Vec it borrows, with the result used while the Vec lives.
fn main() {
    let names = vec![String::from("zed"), String::from("amy"), String::from("bob")];
    let longest = || names.iter().max_by_key(|n| n.len()).unwrap();
    let first_alpha = |v: &Vec<String>| -> usize { v.iter().enumerate().min_by_key(|(_, n)| n.as_str()).unwrap().0 };
    println!("{} {}", longest(), first_alpha(&names));
    let pick = |i: usize| &names[i];
    println!("{} {}", pick(2), pick(0));
}
// expect: bob 1
// expect: bob zed
