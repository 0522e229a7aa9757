// Extension reaches through tuples, arrays, `Some(..)`, block tails and `if`/`match` arms of the initializer (the temporaries made inside an inner block outlive it).
fn main() {
    let flag = true;
    let t = (&String::from("tuple"), 1);
    let arr = [&String::from("array")];
    let o = Some(&String::from("some"));
    let z = {
        let w = String::from("dropped first");
        println!("{}", w);
        &String::from("block tail")
    };
    let chosen = if flag { &String::from("then") } else { &String::from("else") };
    let m = match t.1 {
        1 => &String::from("arm one"),
        _ => &String::from("other arm"),
    };
    println!("{} {} {:?} {} {} {}", t.0, arr[0], o, z, chosen, m);
}
// expect: dropped first
// expect: tuple array Some("some") block tail then arm one
