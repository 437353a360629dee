fn main() {
    std::process::exit(visieleer::run(std::env::args_os()));
}
