// A closure written inside map is checked as FnMut: moving its captured String out is E0507 at the move.
let s = String::from("x");
let v = vec![1, 2];
let w: Vec<String> = v.iter().map(move |_| s).collect();
// error: E0507 at 4:44
