// Result::as_ref and as_mut give Ok or Err of a reference to the payload in place, so map, ok and err do not move it.
fn main() {
    let mut r: Result<String, String> = Ok(String::from("yes"));
    let n = r.as_ref().map(|s| s.len());
    println!("{:?} {:?}", n, r);
    if let Ok(s) = r.as_mut() {
        s.push('!');
    }
    println!("{:?}", r.as_ref().ok());
    let e: Result<i32, String> = Err("bad".into());
    println!("{:?} {:?}", e.as_ref().err(), e.as_ref().map_err(|m| m.len()));
    let v = r.as_ref().unwrap();
    println!("{} {:?}", v, e);
}
// expect: Ok(3) Ok("yes")
// expect: Some("yes!")
// expect: Some("bad") Err(3)
// expect: yes! Err("bad")
