// dbg! writes its argument as stringify! does: the source's spacing, but none inside ( ) or [ ] or before `,` `.`.
fn main() {
    let v = vec![1, 2, 3];
    let s = String::from("abc");
    dbg!(v[ 0 ]+v[1]);
    dbg!(s . len( ));
    dbg!(Some (v.len()));
    dbg!(if v.len()>2 { "long" } else {"short"});
    dbg!(&s[0..2]);
    dbg!(std::mem::size_of::<Vec<u8>>());
    dbg!(( 1 , 'a' ));
}
// stderr: [main.rs:5:5] v[0]+v[1] = 3
// stderr: [main.rs:6:5] s.len() = 3
// stderr: [main.rs:7:5] Some(v.len()) = Some(
// stderr:     3,
// stderr: )
// stderr: [main.rs:8:5] if v.len()>2 { "long" } else {"short"} = "long"
// stderr: [main.rs:9:5] &s[0..2] = "ab"
// stderr: [main.rs:10:5] std::mem::size_of::<Vec<u8>>() = 24
// stderr: [main.rs:11:5] (1, 'a') = (
// stderr:     1,
// stderr:     'a',
// stderr: )
