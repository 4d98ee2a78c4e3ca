using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TopLeft.Integrations.Data.Migrations
{
    /// <inheritdoc />
    public partial class CallbackSecretHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "CallbackSecretHash",
                schema: "integrations",
                table: "connections",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CallbackSecretHash",
                schema: "integrations",
                table: "connections");
        }
    }
}
