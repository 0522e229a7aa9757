// Extended temporaries are freed at their block's end, in reverse order, each after the variables its own `let` and later `let`s declared (the heap log checks the order).
let a = String::from("a");
let r = &String::from("bb");
let c = String::from("ccc");
println!("{} {} {}", a, r, c);
let (x, y) = (String::from("dddd"), &String::from("eeeee"));
println!("{} {}", x, y);
{
    let inner = &String::from("ffffff");
    println!("{}", inner);
}
let pair = &(String::from("g"), &String::from("hh"));
let _ = &String::from("iii");
println!("{:?}", pair);
// expect: a bb ccc
// expect: dddd eeeee
// expect: ffffff
// expect: ("g", "hh")
