// A Vec is matched with slice patterns through `as_slice()` or `&v[..]`; each arm sees the length it needs.
fn describe(v: &Vec<i32>) -> String {
    match v.as_slice() {
        [] => String::from("empty"),
        [one] => format!("one: {}", one),
        [first, .., last] => format!("{} to {}", first, last),
    }
}

fn main() {
    let mut v = Vec::new();
    println!("{}", describe(&v));
    v.push(4);
    println!("{}", describe(&v));
    v.push(5);
    v.push(6);
    println!("{}", describe(&v));
    if let [head, rest @ ..] = &v[..] {
        println!("{} then {:?}", head, rest);
    }
    let s: &mut [i32] = v.as_mut_slice();
    s[0] = 40;
    println!("{:?} {}", v, v.as_slice().len());
}
// expect: empty
// expect: one: 4
// expect: 4 to 6
// expect: 4 then [5, 6]
// expect: [40, 5, 6] 3
