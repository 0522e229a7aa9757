// `Parser { context: &context }.parse()` returning `Result<(), &'s str>` borrows only what `context` holds (`'s`), not `context` itself, so it may be returned.
struct Context<'s>(&'s str);

struct Parser<'c, 's> {
    context: &'c Context<'s>,
}

impl<'c, 's> Parser<'c, 's> {
    fn parse(&self) -> Result<(), &'s str> {
        Err(&self.context.0[1..])
    }
}

fn parse_context(context: Context) -> Result<(), &str> {
    Parser { context: &context }.parse()
}

fn main() {
    let text = String::from("xhello");
    println!("{:?}", parse_context(Context(&text)));
}
// expect: Err("hello")
