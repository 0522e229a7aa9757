// Collecting chars into a String reserves the chars' lower size hint ((bytes + 3) / 4) first, then pushes each.
let s = "héllo wörld";
let r: String = s.chars().rev().collect();
println!("{} len {} cap {}", r, r.len(), r.capacity());
// expect: dlröw olléh len 13 cap 16
