// Regression (difftest): `&inner` where `inner` is itself a `&str` borrows the local `inner` (a `&&str` to its slot); the engine took it for the str and accepted the borrow outliving `inner`'s block.
let st: &str = "a";
let outer;
{
    let inner = st;
    outer = &inner;
}
println!("{:?}", outer);
// error: E0597 at 6:13
