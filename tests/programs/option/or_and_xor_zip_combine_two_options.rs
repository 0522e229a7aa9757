// Option's or, and, xor and zip combine two options as std's matches do: what no arm keeps is dropped (a String's buffer freed), self before the other.
fn nickname(id: u32) -> Option<String> {
    if id % 2 == 0 { Some(format!("user{}", id)) } else { None }
}

fn main() {
    let shown = nickname(3).or(Some(String::from("anonymous")));
    let kept = nickname(4).or(Some(String::from("unused")));
    println!("{:?} {:?}", shown, kept);
    let both = nickname(2).and(Some(42));
    let neither = nickname(1).and(Some(7));
    println!("{:?} {:?}", both, neither);
    println!("{:?} {:?}", nickname(6).xor(None), nickname(6).xor(nickname(8)));
    println!("{:?}", None.xor(nickname(10)));
    let pair = Some(String::from("x")).zip(Some(vec![1, 2]));
    let half = Some(String::from("lost")).zip(None::<Vec<i32>>);
    println!("{:?} {:?}", pair, half);
    let point = Some(3).zip(Some('y'));
    if let Some((n, c)) = point {
        println!("{} {}", n, c);
    }
}
// expect: Some("anonymous") Some("user4")
// expect: Some(42) None
// expect: Some("user6") None
// expect: Some("user10")
// expect: Some(("x", [1, 2])) None
// expect: 3 y
