// A reserved `&mut v` lets the arguments read v: `v.push(v.len())`, `v.insert(0, v[1])`, `s.push_str(&s.clone())` all run.
fn main() {
    let mut v = vec![1, 2];
    v.push(v.len() as i32);
    v.insert(0, v[1]);
    v.truncate(v.len() - 1);
    let mut s = String::from("a");
    s.push_str(&s.clone());
    s.insert(0, s.chars().next().unwrap());
    println!("{:?} {}", v, s);
}
// expect: [2, 1, 2] aaa
