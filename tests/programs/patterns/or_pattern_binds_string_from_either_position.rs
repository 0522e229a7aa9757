// `(true, (s, _)) | (false, (_, s))` binds one `s`, moved out of whichever field the matching alternative names.
fn pick(t: (bool, (String, String))) -> String {
    match t {
        (true, (s, _)) | (false, (_, s)) => s,
    }
}

fn main() {
    let a = pick((true, (String::from("left"), String::from("right"))));
    let b = pick((false, (String::from("left"), String::from("right"))));
    println!("{} {}", a, b);
}
// expect: left right
