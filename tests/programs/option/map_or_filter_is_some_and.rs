// map_or, map_or_else, filter, is_some_and, ok_or_else and or_else on Some and None.
let a = Some(4);
let n: Option<i32> = None;
println!("{} {}", a.map_or(0, |x| x * 2), n.map_or(0, |x| x * 2));
println!("{} {}", a.map_or_else(|| -1, |x| x + 1), n.map_or_else(|| -1, |x| x + 1));
println!("{:?} {:?}", a.filter(|x| *x > 3), a.filter(|x| *x > 9));
println!("{} {}", a.is_some_and(|x| x % 2 == 0), n.is_some_and(|x| x % 2 == 0));
let r: Result<i32, String> = n.ok_or_else(|| String::from("missing"));
println!("{:?} {:?} {:?}", r, a.ok_or_else(|| 0u8), n.or_else(|| Some(7)));
// expect: 8 0
// expect: 5 -1
// expect: Some(4) None
// expect: true false
// expect: Err("missing") Ok(4) Some(7)
