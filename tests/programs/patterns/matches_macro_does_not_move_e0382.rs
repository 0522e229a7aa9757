// A by-value binding inside `matches!` moves out of the matched value, as the `match` it stands for would: the later use is E0382.
let o = Some(String::from("x"));
let has = matches!(o, Some(s) if !s.is_empty());
println!("{} {:?}", has, o);
// error: E0382 at 4:26
