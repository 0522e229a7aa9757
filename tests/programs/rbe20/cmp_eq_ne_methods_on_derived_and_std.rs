// PartialEq's eq and ne called as methods: on a derived struct and enum (through a reference too), numbers, tuples, Vecs, Options, and String against &str.
#[derive(PartialEq, Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(PartialEq, Debug)]
enum Reading {
    Missing,
    Value(f64),
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 3 };
    let r = &a;
    println!("{} {} {}", a.eq(&b), a.ne(&b), r.eq(&Point { x: 1, y: 2 }));
    println!("{}", Reading::Value(f64::NAN).eq(&Reading::Value(f64::NAN)));
    println!("{}", Reading::Missing.ne(&Reading::Value(1.0)));
    println!("{} {}", 3.ne(&4), (1, 'a').eq(&(1, 'a')));
    println!("{} {}", vec![1, 2].eq(&vec![1, 2]), Some("x").ne(&None));
    let name = String::from("ferris");
    println!("{} {} {}", name.eq("ferris"), "crab".ne(&name), name.eq(&String::from("ferris")));
}
// expect: false true true
// expect: false
// expect: true
// expect: true true
// expect: true true
// expect: true true true
