// A closure borrowing two fields holds a pointer per captured place (16 bytes); moving them in holds the values (48).
struct Pair {
    a: String,
    b: String,
    c: u64,
}

fn main() {
    let p = Pair { a: String::from("x"), b: String::from("y"), c: 7 };
    let by_ref = || p.a.len() + p.b.len();
    println!("{}", std::mem::size_of_val(&by_ref));
    println!("{}", by_ref());
    let by_value = move || p.a.len() + p.b.len();
    println!("{}", std::mem::size_of_val(&by_value));
    println!("{} {}", by_value(), p.c);
}
// expect: 16
// expect: 2
// expect: 48
// expect: 2 7
