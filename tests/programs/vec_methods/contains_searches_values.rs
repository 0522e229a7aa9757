// `contains(&x)` tells whether a Vec holds a value equal to x.
fn main() {
    let v = vec![3, 5, 8];
    println!("{} {}", v.contains(&5), v.contains(&4));
    let words = vec![String::from("hi"), String::from("yo")];
    println!("{}", words.contains(&String::from("yo")));
}
// expect: true false
// expect: true
