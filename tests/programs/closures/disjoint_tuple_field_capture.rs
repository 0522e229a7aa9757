// Tuple fields are places too: a closure bumping `t.0` leaves `t.1` readable.
let mut t = (0, String::from("tag"));
let mut bump = || t.0 += 10;
bump();
println!("{}", t.1);
bump();
println!("{} {}", t.0, t.1);
// expect: tag
// expect: 20 tag
